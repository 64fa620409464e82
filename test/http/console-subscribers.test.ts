// The console's subscribers page: search, filter, CSV export and import, and erase.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { getPage, insertSubscriber, postForm, send, signIn, uniqueAddress } from "./console-support";

describe("searching subscribers", () => {
  it("finds by part of an address, and filters by status", async () => {
    const session = await signIn();
    const tag = crypto.randomUUID().slice(0, 8);
    const active = `findme-${tag}@example.org`;
    const bounced = `findme-${tag}-b@example.org`;
    await insertSubscriber(active, "active");
    await insertSubscriber(bounced, "bounced");
    const both = await (await getPage(session, `/admin/console/subscribers?q=findme-${tag}`)).text();
    expect(both).toContain(active);
    expect(both).toContain(bounced);
    const onlyBounced = await (await getPage(session, `/admin/console/subscribers?q=findme-${tag}&status=bounced`)).text();
    expect(onlyBounced).not.toContain(active);
    expect(onlyBounced).toContain(bounced);
  });

  it("treats % and _ in a search as plain text", async () => {
    const session = await signIn();
    const plain = uniqueAddress("percent");
    await insertSubscriber(plain);
    const html = await (await getPage(session, "/admin/console/subscribers?q=%25")).text();
    expect(html).not.toContain(plain);
  });

  it("refuses an unknown status with a 400 that names the choices", async () => {
    const session = await signIn();
    const response = await getPage(session, "/admin/console/subscribers?status=vip");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("status must be one of");
  });
});

describe("CSV", () => {
  it("exports the filtered list, quoting commas and neutralising formulas", async () => {
    const session = await signIn();
    const email = uniqueAddress("export");
    await insertSubscriber(email, "unsubscribed", '=HYPERLINK("x"), Esq.');
    const response = await getPage(session, "/admin/console/subscribers/export.csv?status=unsubscribed");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="subscribers-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe("email,name,status,cadence,paused,created_at");
    expect(lines.find((line) => line.startsWith(email))).toMatch(new RegExp(`^${email},"'=HYPERLINK\\(""x""\\), Esq\\.",unsubscribed,instant,false,`));
    expect(lines.every((line, index) => index === 0 || line.includes(",unsubscribed,"))).toBe(true);
  });

  it("imports a CSV upload, lists invalid rows, and changes nothing on a second import", async () => {
    const session = await signIn();
    const first = uniqueAddress("import");
    const second = uniqueAddress("import");
    const csv = `email,name\n${first},Ana\nnot-an-address,Bad\n${second.toUpperCase()},\n`;
    const upload = () => {
      const body = new FormData();
      body.set("csrf", session.csrf);
      body.set("file", new File([csv], "list.csv", { type: "text/csv" }));
      return send("/admin/console/subscribers/import", { method: "POST", headers: { cookie: session.cookie }, body });
    };
    const response = await upload();
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Imported 2 new of 2 valid rows");
    expect(html).toContain("line 3 (not-an-address)");
    const stored = await env.DB.prepare("SELECT email, name, status FROM subscribers WHERE email IN (?1, ?2) ORDER BY email")
      .bind(first, second)
      .all<{ email: string; name: string | null; status: string }>();
    expect(stored.results).toEqual(
      expect.arrayContaining([
        { email: first, name: "Ana", status: "active" },
        { email: second, name: null, status: "active" },
      ]),
    );
    expect(await (await upload()).text()).toContain("Imported 0 new of 2 valid rows; 2 were already known");
  });

  it("imports pasted CSV too", async () => {
    const session = await signIn();
    const pasted = uniqueAddress("pasted");
    const response = await postForm(session, "/admin/console/subscribers/import", { csv: `${pasted},Pat` });
    expect(await response.text()).toContain("Imported 1 new of 1 valid rows");
  });
});

describe("erase", () => {
  it("asks for confirmation first, then removes the address everywhere", async () => {
    const session = await signIn();
    const email = uniqueAddress("erase");
    await insertSubscriber(email);
    const ask = await postForm(session, "/admin/console/subscribers/erase", { email });
    expect(await ask.text()).toContain(`Erase ${email}?`);
    const stillThere = await env.DB.prepare("SELECT 1 FROM subscribers WHERE email = ?1").bind(email).first();
    expect(stillThere).not.toBeNull();
    const done = await postForm(session, "/admin/console/subscribers/erase", { email, confirm: "yes" });
    expect(await done.text()).toContain(`Erased ${email}`);
    expect(await env.DB.prepare("SELECT 1 FROM subscribers WHERE email = ?1").bind(email).first()).toBeNull();
  });

  it("refuses a malformed address with a 400", async () => {
    const session = await signIn();
    const response = await postForm(session, "/admin/console/subscribers/erase", { email: "nobody", confirm: "yes" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Enter the full email address to erase.");
  });
});
