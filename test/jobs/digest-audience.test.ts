// Who is due for a digest, called directly at fixed times (the cron path is in digests.test.ts).
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SpoilerFreeReview } from "../../src/core/types";
import { sendDueDigests } from "../../src/jobs/digests";
import { createFakeResend } from "../support/fake-resend";
import { installNetwork } from "../support/network";
import { seedSubscriber } from "../support/subscribers";

function review(title: string): SpoilerFreeReview {
  const slug = title.toLowerCase().replace(/\W+/g, "-");
  return {
    id: `https://medium.com/p/${slug}`,
    link: `https://medium.com/@jefflight/${slug}`,
    title,
    categories: [],
    html: `<p>${title}: a review.</p>`,
    source: "medium",
    containsSpoilers: false,
    removed: [],
    withheld: false,
  };
}

async function seedInstantEdition(reviews: SpoilerFreeReview[]): Promise<number> {
  const row = await env.DB.prepare(
    "INSERT INTO editions (kind, subject, html, text, reviews_json, created_at, published_at) VALUES ('instant', 's', 'h', 't', ?1, ?2, ?2) RETURNING id",
  )
    .bind(JSON.stringify(reviews), new Date().toISOString())
    .first<{ id: number }>();
  return row?.id ?? 0;
}

async function recipientsOf(editionId: number): Promise<number[]> {
  const { results } = await env.DB.prepare("SELECT subscriber_id FROM deliveries WHERE edition_id = ?1 ORDER BY subscriber_id").bind(editionId).all<{ subscriber_id: number }>();
  return results.map((row) => row.subscriber_id);
}

async function setDigestState(id: number, lastEditionId: number, lastDigestAt: string | null): Promise<void> {
  await env.DB.prepare("UPDATE subscribers SET last_edition_id = ?2, last_digest_at = ?3 WHERE id = ?1").bind(id, lastEditionId, lastDigestAt).run();
}

describe("sendDueDigests", () => {
  it("mails active, unpaused subscribers whose slot is open: daily every day, weekly on its weekday", async () => {
    installNetwork({ "resend.test": createFakeResend({ ratePerSecond: 1000 }).handle });
    const digestEnv = { ...env, DIGEST_HOUR: "8", DIGEST_WEEKDAY: "1" };
    const before = await seedInstantEdition([review("Before")]);
    const [dailyOne, dailyPaused, dailyBounced, weeklyDue, weeklyDone] = [
      await seedSubscriber({ cadence: "daily" }),
      await seedSubscriber({ cadence: "daily", paused: true }),
      await seedSubscriber({ cadence: "daily", status: "bounced" }),
      await seedSubscriber({ cadence: "weekly" }),
      await seedSubscriber({ cadence: "weekly" }),
    ];
    for (const subscriber of [dailyOne, dailyPaused, dailyBounced]) await setDigestState(subscriber?.id ?? 0, before, "2026-11-24T08:00:00.000Z");
    await setDigestState(weeklyDue?.id ?? 0, before, "2026-11-16T08:00:00.000Z");
    await setDigestState(weeklyDone?.id ?? 0, before, "2026-11-23T08:00:00.000Z");
    await seedInstantEdition([review("Alpha"), review("Beta")]);
    await seedInstantEdition([review("Gamma")]);

    // Wednesday 25 November 2026, 08:05 UTC: the daily slot opened 5 minutes ago; the weekly
    // slot opened on Monday the 23rd.
    const summary = await sendDueDigests(digestEnv, new Date("2026-11-25T08:05:00Z"));
    if (!summary.ok) throw new Error(summary.problems.join("; "));
    expect(summary.sent.map((sent) => [sent.cadence, sent.reviews])).toEqual([["daily", 3], ["weekly", 3]]);
    const [daily, weekly] = summary.sent;
    expect(await recipientsOf(daily?.editionId ?? 0)).toEqual([dailyOne?.id]);
    expect(await recipientsOf(weekly?.editionId ?? 0)).toEqual([weeklyDue?.id]);

    // The same tick again, or a later one in the slot, creates nothing.
    const again = await sendDueDigests(digestEnv, new Date("2026-11-25T08:20:00Z"));
    expect(again).toMatchObject({ ok: true, sent: [] });
    const editions = await env.DB.prepare("SELECT COUNT(*) AS n FROM editions WHERE kind IN ('daily', 'weekly')").first<{ n: number }>();
    expect(editions?.n).toBe(2);
  });
});
