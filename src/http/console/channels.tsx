// The overview's channels table: Discord, Slack, the JSON webhook, Telegram, Mastodon and
// Bluesky, each on or off, with its deliveries per status and its latest error.
import type { ChannelReport } from "../../jobs/channels";
import { Badge, Table, Time } from "./parts";

export function ChannelsSection({ channels }: { channels: ChannelReport[] }) {
  return (
    <section aria-labelledby="channels">
      <h2 id="channels">Channels</h2>
      {channels.length === 0 ? (
        <p class="muted">None configured: set a webhook URL, or Telegram, Mastodon or Bluesky credentials, to post each edition there too.</p>
      ) : (
        <Table caption="Channels" head={["Channel", "State", "Sent", "Waiting", "Failed", "Last activity", "Latest error"]}>
          {channels.map((report) => (
            <tr>
              <td>{report.channel}</td>
              <td>
                <Badge value={report.configured ? "on" : "off"} />
              </td>
              <td>{report.counts.sent}</td>
              <td>{report.counts.queued + report.counts.sending}</td>
              <td>{report.counts.failed}</td>
              <td>
                <Time iso={report.lastUpdatedAt} />
              </td>
              <td>{report.lastError ?? ""}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
