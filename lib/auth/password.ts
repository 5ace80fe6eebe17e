import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id in the library's const enum (not importable under isolatedModules).
const ARGON2ID = 2;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~30 ms here, slow enough for guessing, fast enough for sign-in.
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified against when the username does not exist, so a miss costs the same time as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword("nghisu-timing-equaliser");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwertyuiop",
  "matkhau", "matkhau123", "admin123", "administrator", "abc12345", "11111111", "iloveyou",
  "nghisu-demo", "vietnam123", "dienbien123", "qwerty123",
]);

/**
 * Why a password is too weak, or null. At least 10 characters, and either 3 of the 4
 * character classes or 16+ characters (a passphrase); never the username or a common password.
 */
export function passwordWeakness(password: string, username?: string): "tooShort" | "tooSimple" | "containsUsername" | "common" | null {
  if (password.length < 10) return "tooShort";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "common";
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return "containsUsername";
  const classes = [/[a-zà-ỹđ]/, /[A-ZÀ-ỸĐ]/, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(password)).length;
  if (classes < 3 && password.length < 16) return "tooSimple";
  return null;
}
