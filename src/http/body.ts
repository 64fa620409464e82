export { readCappedText, type BodyRead } from "../capped-body";

/** The media type of a request, lower-cased and without parameters ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}
