/** Security headers on every response, and no caching of API responses. */
import type { FastifyReply, FastifyRequest } from "fastify";
import { isApiPath } from "./apiPath.js";

// No inline script anywhere. Inline style *attributes* are allowed (collaboration carets and
// editor decorations set them); inline <style> blocks are not.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Sets the security headers; API responses are never cached. */
export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.header("Content-Security-Policy", CSP);
  reply.header("X-Content-Type-Options", "nosniff");
  reply.header("Referrer-Policy", "no-referrer");
  reply.header("X-Frame-Options", "DENY");
  reply.header("Cross-Origin-Opener-Policy", "same-origin");
  reply.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (isApiPath(request.url)) reply.header("Cache-Control", "no-store");
}
