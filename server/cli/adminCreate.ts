/**
 * `npm run admin:create`: creates the first beheerder (or another one) when the demo is off.
 * Interactive by default; non-interactive with flags:
 *   --username NAME --name "Display Name" --organisation "Org name" --regio "Regio" --password-stdin
 * The password is read from standard input (never from a flag, so it stays out of shell history).
 */
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { UsernameSchema } from "../../shared/domain/user.js";
import { hashPassword } from "../auth/passwords.js";
import { loadConfig } from "../config.js";
import { newId } from "../ids.js";
import { openFileStore } from "../store/openStore.js";

const InputSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().min(1).max(200),
  organisation: z.string().min(1).max(200),
  regio: z.string().min(1).max(100),
  password: z.string().min(12, "het wachtwoord moet minstens 12 tekens hebben"),
});

async function readInput(): Promise<z.infer<typeof InputSchema>> {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      name: { type: "string" },
      organisation: { type: "string" },
      regio: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
  });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string, given?: string): Promise<string> => {
    if (given !== undefined) return given;
    if (!values["password-stdin"]) process.stdout.write(question);
    const next = await lines.next();
    return next.done ? "" : String(next.value).trim();
  };
  const input = {
    username: await ask("Gebruikersnaam: ", values.username),
    displayName: await ask("Naam: ", values.name),
    organisation: await ask("Organisatie: ", values.organisation),
    regio: await ask("Regio: ", values.regio),
    password: await ask("Wachtwoord (minstens 12 tekens): "),
  };
  rl.close();
  const parsed = InputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Ongeldige invoer (${issue?.path.join(".")}): ${issue?.message}`);
  }
  return parsed.data;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const input = await readInput();
  const { store } = await openFileStore(config.dataDir);
  if (store.users.findByUsername(input.username))
    throw new Error("Deze gebruikersnaam bestaat al.");
  let organisation = store.organisations.list().find((o) => o.name === input.organisation);
  if (!organisation) {
    organisation = { id: newId("org"), name: input.organisation, kind: "zvh" };
    await store.organisations.add(organisation);
  }
  await store.users.add({
    id: newId("user"),
    username: input.username,
    displayName: input.displayName,
    organisationId: organisation.id,
    role: "beheerder",
    regio: input.regio,
    passwordHash: await hashPassword(input.password),
    disabled: false,
    createdAt: new Date().toISOString(),
  });
  await store.flush();
  console.log(`Beheerder ${input.username} is aangemaakt.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
