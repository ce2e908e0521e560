/** Server configuration, read once from the environment and validated; the only place env is read. */
import { resolve } from "node:path";
import { z } from "zod";

const boolFlag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  ZVH_DEMO: boolFlag.default(true),
  ZVH_DEMO_EXTRA_CASES: z.coerce.number().int().min(0).max(20_000).default(0),
  PUBLIC_ORIGIN: z.url().optional(),
  /** Comma-separated origins; each must be a URL, and is kept as its origin (no path, lower case). */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const origins: string[] = [];
      for (const entry of value
        .split(",")
        .map((o) => o.trim())
        .filter(Boolean)) {
        const origin = URL.canParse(entry) ? new URL(entry).origin : "null";
        if (origin === "null") {
          ctx.addIssue({ code: "custom", message: `"${entry}" is no http(s) origin` });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    }),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(10),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(50),
  LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  COLLAB_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).default(10_000),
  AUDIT_ANCHOR_KEY: z
    .string()
    .min(32, "at least 32 characters")
    .optional()
    .transform((key) => (key === undefined ? null : Buffer.from(key, "utf8"))),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** The validated server configuration. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  demoExtraCases: number;
  /** The origin browsers use to reach this server, when it differs from http://HOST:PORT. */
  publicOrigin: string | undefined;
  /** Extra origins whose pages may open websockets and call the API (besides the server's own). */
  allowedOrigins: string[];
  /**
   * Reverse proxies in front of the server whose `X-Forwarded-For` is believed (0: none, the
   * client's address is the socket's). Behind a proxy every request comes from the proxy's address,
   * so without this one person's wrong passwords would block everyone's logins.
   */
  trustProxyHops: number;
  /** Whether cookies get the Secure flag (the public origin is https). */
  secureCookies: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  loginMaxFailures: number;
  /** Failed logins from one address before it is refused (an office shares one address). */
  loginMaxFailuresPerAddress: number;
  loginWindowMs: number;
  collabUnloadDelayMs: number;
  /**
   * Signs the audit trail's anchor (HMAC), so a trail written anew by whoever can write the data
   * directory shows; kept outside it. Null: the anchor is not signed.
   */
  auditAnchorKey: Buffer | null;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
}

/** Reads and validates the configuration; throws an error naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    demo: e.ZVH_DEMO,
    demoExtraCases: e.ZVH_DEMO_EXTRA_CASES,
    publicOrigin: e.PUBLIC_ORIGIN,
    allowedOrigins: e.ALLOWED_ORIGINS,
    trustProxyHops: e.TRUST_PROXY,
    secureCookies: e.PUBLIC_ORIGIN?.startsWith("https:") ?? false,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginMaxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
    loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
    collabUnloadDelayMs: e.COLLAB_UNLOAD_DELAY_MS,
    auditAnchorKey: e.AUDIT_ANCHOR_KEY,
    logLevel: e.LOG_LEVEL,
  };
}
