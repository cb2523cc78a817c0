/**
 * Records a status change in a pairing file: sets `status` and appends a
 * dated `history` entry, editing the YAML document so that the file's comments
 * and layout stay as the coordinator wrote them.
 */
import type { Document } from 'yaml';
import { yamlPackage } from '../yaml/yaml-package.ts';
import type { IsoDate } from '../dates.ts';
import type { PairingStatus, StatusChange } from './records.ts';
import { orList } from '../text/word-lists.ts';
import { StatusChangeError } from './status-change-error.ts';
import { nextStatuses, transitionOf } from './transitions.ts';

export interface StatusChangeRequest {
  status: PairingStatus;
  date: IsoDate;
  requestedBy: StatusChange['requestedBy'];
  note: string;
  coordinatorInformed?: IsoDate;
  newPairing?: string;
  /** When the file has no history yet but is already active: the day it became active (the contract's start). */
  activeSince: IsoDate;
  /** From proposed to active: the ids of the applications the pair came from, linked as `applications`. */
  applications?: readonly string[];
  /** From proposed to active: the day the pair was told of its match (default: the change's date). */
  notified?: IsoDate;
  /** From proposed to active: the day the relationship starts (default: the notice date; the script passes the term's start). */
  start?: IsoDate;
}

export interface StatusChangeResult {
  text: string;
  from: PairingStatus;
}

function entryFor(request: StatusChangeRequest): StatusChange {
  const entry: StatusChange = { date: request.date, status: request.status, requestedBy: request.requestedBy, note: request.note };
  if (request.coordinatorInformed !== undefined) entry.coordinatorInformed = request.coordinatorInformed;
  if (request.newPairing !== undefined) entry.newPairing = request.newPairing;
  return entry;
}

function currentStatus(document: Document): PairingStatus {
  const status = document.get('status');
  if (typeof status !== 'string') throw new StatusChangeError('The pairing file has no status to change.');
  return status as PairingStatus;
}

/** Sets a date field the file does not have yet, quoted as every date Tandem writes, just before `status`. */
function setDateOnce(document: Document, key: 'notified' | 'start', date: IsoDate): void {
  const { isMap, isScalar } = yamlPackage();
  if (document.get(key) !== undefined || !isMap(document.contents)) return;
  const value = document.createNode(date);
  value.type = 'QUOTE_DOUBLE';
  const pair = document.createPair(key, value);
  const items = document.contents.items;
  const at = items.findIndex((item) => isScalar(item.key) && item.key.value === 'status');
  items.splice(at < 0 ? items.length : at, 0, pair);
}

export function applyStatusChange(text: string, request: StatusChangeRequest): StatusChangeResult {
  const { isMap, isSeq, parseDocument } = yamlPackage();
  // The core schema keeps dates as strings, as the validator reads them.
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true });
  if (document.errors.length > 0 || !isMap(document.contents)) {
    throw new StatusChangeError('The pairing file is not valid YAML: run npm run validate to see where.');
  }
  const from = currentStatus(document);
  const transition = transitionOf(from, request.status);
  if (!transition) {
    const next = nextStatuses(from);
    throw new StatusChangeError(
      next.length === 0
        ? `The pairing is ${from}, which is final: its status cannot change any more.`
        : `The pairing is ${from}; it can only change to ${orList(next)}, not to ${request.status}.`,
    );
  }
  for (const required of transition.requires) {
    if (request[required.field] === undefined)
      throw new StatusChangeError(`${transition.doing} needs ${required.option}: ${required.what}.`);
  }

  let history = document.get('history');
  if (history === undefined) {
    const entries: StatusChange[] = [];
    // A file from before history was kept: record how it got to its current status so the history starts at proposed.
    if (from === 'active') {
      entries.push({
        date: request.activeSince,
        status: 'active',
        requestedBy: 'coordinator',
        note: 'Recorded afterwards: the relationship started on the contract start date.',
      });
    }
    document.set('history', document.createNode(entries));
    history = document.get('history');
  }
  if (!isSeq(history)) throw new StatusChangeError("The pairing file's history is not a list: run npm run validate to see where.");
  history.flow = false;
  history.items.push(document.createNode(entryFor(request)));
  document.set('status', request.status);
  if (transition.sets.length > 0) {
    // The pair is told of its match now: a pairing proposed by `npm run match` has no notice date until then.
    const recorded = document.get('notified');
    const notified = typeof recorded === 'string' ? recorded : (request.notified ?? request.date);
    const start = request.start ?? notified;
    if (start < notified)
      throw new StatusChangeError(`The start (${start}) is before the notice (${notified}): a pair starts once told of its match.`);
    if (transition.sets.includes('notified')) setDateOnce(document, 'notified', notified);
    if (transition.sets.includes('start')) setDateOnce(document, 'start', start);
    if (
      transition.sets.includes('applications') &&
      request.applications &&
      request.applications.length > 0 &&
      document.get('applications') === undefined
    ) {
      document.set('applications', document.createNode([...request.applications], { flow: true }));
    }
  }
  return { text: document.toString({ lineWidth: 0 }), from };
}
