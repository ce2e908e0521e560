/** Answers a request with a rendered file (a verslag, an inzageoverzicht) as a download. */
import type { FastifyReply } from "fastify";
import type { VerslagFile } from "../meetings/verslagRender.js";

/** Sends `file` with its content type, as an attachment under its own (id-only) name. */
export function sendFile(reply: FastifyReply, file: VerslagFile): FastifyReply {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", `attachment; filename="${file.fileName}"`)
    .send(file.bytes);
}
