/** Password hashing with argon2id (OWASP-recommended parameters). */
import argon2 from "argon2";

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

// Verified against when the username is unknown, so that a failed login takes as long either way.
let dummyHash: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash it spends the same effort and fails. */
export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("casustafel-dummy-password");
  try {
    const ok = await argon2.verify(hash ?? (await dummyHash), password);
    return ok && hash !== undefined;
  } catch {
    return false;
  }
}
