/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// A short transactional email (the double opt-in confirmation) in the digest's frame: a few
// paragraphs and one button that is a table cell, so Outlook draws it too.
import { EmailShell, LayoutTable, renderDocument } from "./shell";
import { STYLES } from "./theme";

export interface MessageEmail {
  subject: string;
  preheader: string;
  publication: string;
  paragraphs: string[];
  action: { label: string; url: string };
  /** Small print under the button. */
  note: string;
}

/** A message → its HTML document, every text escaped by the template. */
export function renderMessageEmail(message: MessageEmail): string {
  return renderDocument(
    <EmailShell subject={message.subject} preheader={message.preheader} publication={message.publication}>
      <tr>
        <td class="rd-review" style={STYLES.message}>
          {message.paragraphs.map((paragraph) => <p style={STYLES.messageLine}>{paragraph}</p>)}
          <LayoutTable style={STYLES.buttonTable} cellStyle={STYLES.buttonCell} fullWidth={false}>
            <a class="rd-button" href={message.action.url} style={STYLES.buttonLink}>{message.action.label}</a>
          </LayoutTable>
          <p class="rd-muted" style={STYLES.meta}>{message.note}</p>
        </td>
      </tr>
    </EmailShell>,
  );
}
