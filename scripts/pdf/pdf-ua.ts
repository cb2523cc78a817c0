/**
 * What PDF/UA-1 asks of a printed form that Chromium's tagged PDF lacks,
 * added after printing:
 *
 * - XMP metadata (ISO 14289-1, 7.1): `dc:title` (the document's title, which
 *   viewers are told to show instead of the file name), `dc:language` and
 *   `pdfuaid:part` 1, the claim of conformance.
 * - List items made of a label and a body (ISO 32000-1, 14.8.4.3.3):
 *   Chromium tags an `<li>` as `LI` holding its `::marker` as `Lbl` and its
 *   content as `NonStruct`, which leaves the item without an `LBody`. The
 *   content becomes the `LBody`.
 * - A role map for the PDF 2.0 types Chromium writes (`Strong`, `Em`), which
 *   PDF 1.7 readers do not know: each is mapped to the standard `Span`.
 *
 * Pure bytes in, bytes out: the caller prints and writes.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';

/** Element types of PDF 2.0 that Chromium writes, mapped to a PDF 1.7 standard type. */
const ROLE_MAP: Record<string, string> = { Strong: 'Span', Em: 'Span' };

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The XMP packet: Dublin Core title and language, the producer, and the PDF/UA identification. */
export function xmpPacket(fields: {
  title: string;
  language?: string | undefined;
  producer?: string | undefined;
  creatorTool?: string | undefined;
}): string {
  const optional = (element: string, value: string | undefined) => (value ? `\n      <${element}>${escapeXml(value)}</${element}>` : '');
  return `<?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>${
        fields.language ? `\n      <dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>` : ''
      }${optional('pdf:Producer', fields.producer)}${optional('xmp:CreatorTool', fields.creatorTool)}
      <pdfuaid:part>1</pdfuaid:part>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

const textOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** The structure tree's elements with the reference each is stored under (Chromium stores every element indirectly). */
function* structElements(doc: PDFDocument, node: PDFObject | undefined, ref?: PDFRef): Generator<{ element: PDFDict; ref?: PDFRef }> {
  const resolved = node instanceof PDFRef ? doc.context.lookup(node) : node;
  const here = node instanceof PDFRef ? node : ref;
  if (resolved instanceof PDFArray) {
    for (const item of resolved.asArray()) yield* structElements(doc, item);
    return;
  }
  if (!(resolved instanceof PDFDict) || !(resolved.get(PDFName.of('S')) instanceof PDFName)) return;
  yield { element: resolved, ...(here && { ref: here }) };
  yield* structElements(doc, resolved.get(PDFName.of('K')));
}

const typeOf = (doc: PDFDocument, kid: PDFObject): string | undefined => {
  const element = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
  const type = element instanceof PDFDict ? element.get(PDFName.of('S')) : undefined;
  return type instanceof PDFName ? type.decodeText() : undefined;
};

/** Each `LI`'s content (everything but its `Lbl`) as one `LBody`. Returns how many items were changed. */
function giveListItemsBodies(doc: PDFDocument, root: PDFDict): number {
  let changed = 0;
  const S = PDFName.of('S');
  const K = PDFName.of('K');
  const P = PDFName.of('P');
  for (const { element, ref } of [...structElements(doc, root.get(K))]) {
    if (typeOf(doc, element) !== 'LI' || !ref) continue;
    const raw = element.get(K);
    const kids = raw instanceof PDFArray ? raw.asArray() : raw ? [raw] : [];
    const body = kids.filter((kid) => typeOf(doc, kid) !== 'Lbl');
    if (body.length === 0 || body.some((kid) => typeOf(doc, kid) === 'LBody')) continue;
    // Marked content directly in the item (an MCID) would need the parent tree rewritten too; Chromium writes none.
    if (body.some((kid) => !(kid instanceof PDFRef))) continue;
    if (body.length === 1 && typeOf(doc, body[0]!) === 'NonStruct') {
      (doc.context.lookup(body[0]) as PDFDict).set(S, PDFName.of('LBody'));
    } else {
      const lbody = doc.context.register(doc.context.obj({ Type: 'StructElem', S: 'LBody', P: ref, K: body }));
      for (const kid of body) (doc.context.lookup(kid) as PDFDict).set(P, lbody);
      element.set(K, doc.context.obj([...kids.filter((kid) => typeOf(doc, kid) === 'Lbl'), lbody]));
    }
    changed += 1;
  }
  return changed;
}

/** Chromium's PDF with what PDF/UA-1 needs added (see above). */
export async function finishPdf(bytes: Uint8Array): Promise<Uint8Array> {
  // updateMetadata false: the Info dictionary stays as Chromium wrote it (its producer and dates).
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = doc.catalog;
  const structRoot = catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (structRoot) {
    giveListItemsBodies(doc, structRoot);
    const roleMap = structRoot.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({});
    for (const [type, standard] of Object.entries(ROLE_MAP)) roleMap.set(PDFName.of(type), PDFName.of(standard));
    structRoot.set(PDFName.of('RoleMap'), roleMap);
  }
  const language = textOf(catalog.get(PDFName.of('Lang')));
  const xmp = xmpPacket({
    title: doc.getTitle() ?? '',
    language,
    producer: doc.getProducer(),
    creatorTool: doc.getCreator(),
  });
  const metadata = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  // Viewers show the title, not the file name, in their window (ISO 14289-1, 7.1).
  catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  return doc.save({ useObjectStreams: false });
}
