/**
 * An aanmelding being filled in when the session was found to be gone: kept in this tab's memory
 * (client/session/keptForUser.ts) and put back in the form when the same user, signed in again,
 * returns to it.
 */
import { keptForUser } from "../session/keptForUser.js";
import type { AanmeldingForm } from "./aanmeldingForm.js";

/** The name the form is kept under. */
export const AANMELDING_DRAFT = "aanmelding";

/** The kept aanmelding. */
export const aanmeldingDrafts = keptForUser<AanmeldingForm>();
