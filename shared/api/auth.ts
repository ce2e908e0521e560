/** Request schemas of the authentication API, shared by the server (validation) and the client (forms). */
import { z } from "zod";

/** Body of POST /api/auth/login. */
export const LoginRequestSchema = z.object({
  username: z.string().min(1, "gebruikersnaam is verplicht").max(200),
  password: z.string().min(1, "wachtwoord is verplicht").max(1000),
});

/** Body of POST /api/auth/login. */
export type LoginRequest = z.infer<typeof LoginRequestSchema>;
