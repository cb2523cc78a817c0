/**
 * "Send by email": the filled record as an email to the program's intake
 * mailbox (src/lib/mail/compose-record-email.ts). The page opens the person's
 * mail app with a `mailto:` link and sends nothing itself. The panel
 * (OnlineForm.astro) always shows the same email, with a Copy button, for
 * when the link is too long to hand over or no mail app opens; where the
 * browser refuses the clipboard, the message is selected in its text box.
 */
import { composeRecordEmail, type RecordEmailInput } from '../../lib/mail/compose-record-email.ts';

export interface EmailPanel {
  send: (input: RecordEmailInput) => void;
}

export function startEmail(root: HTMLElement, say: (text: string) => void): EmailPanel {
  const panel = root.querySelector<HTMLElement>('#send-email');
  const body = root.querySelector<HTMLTextAreaElement>('#send-email-body');
  const subject = root.querySelector<HTMLElement>('[data-email-subject]');
  const note = root.querySelector<HTMLElement>('[data-email-note]');
  const open = root.querySelector<HTMLAnchorElement>('[data-email-open]');
  if (!panel || !body || !subject || !note || !open) return { send: () => undefined };

  const selectMessage = (why: string) => {
    body.focus();
    body.select();
    say(`${why} The message is selected: copy it with Ctrl+C (Command+C on a Mac).`);
  };
  root.querySelector('[data-online="copy"]')?.addEventListener('click', () => {
    if (!navigator.clipboard) {
      selectMessage('This browser does not let the page copy.');
      return;
    }
    navigator.clipboard.writeText(body.value).then(
      () => say(`Copied the message. Paste it into a new email to ${panel.dataset['to'] ?? ''}, with the subject shown.`),
      () => selectMessage('This browser did not let the page copy.'),
    );
  });

  return {
    send: (input) => {
      const email = composeRecordEmail(input);
      panel.dataset['to'] = email.to;
      subject.textContent = email.subject;
      body.value = email.body;
      panel.hidden = false;
      open.parentElement!.hidden = email.mailtoUrl === null;
      if (email.mailtoUrl === null) {
        open.removeAttribute('href');
        note.textContent = `This message is too long for the page to hand to your mail app. Copy it below and send it to ${email.to} with the subject “${email.subject}”.`;
        say(`The message is too long to open in your mail app: copy it from the box below and send it to ${email.to}.`);
        panel.querySelector<HTMLElement>('h3')?.focus();
        return;
      }
      open.href = email.mailtoUrl;
      note.textContent = `Your mail app should open with this message to ${email.to}; check it and send it. If no mail app opens, copy the message below into a new email to that address, with the same subject.`;
      say(`Opening your mail app with the message to ${email.to}. If it does not open, the message is below, to copy.`);
      open.click();
    },
  };
}
