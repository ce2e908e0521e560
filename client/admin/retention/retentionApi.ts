/** The retention setting (`/api/beheer/bewaartermijn`) as the Beheer page uses it; beheerder only. */
import {
  RETENTION_SETTING_PATH,
  RetentionSettingSchema,
  type RetentionSetting,
} from "../../../shared/api/retention.js";
import { requestJson } from "../../api/http.js";

/** The period a closed case is kept, in months after its closing date. */
export function fetchRetentionSetting(signal?: AbortSignal): Promise<RetentionSetting> {
  return requestJson("GET", RETENTION_SETTING_PATH, RetentionSettingSchema, { signal });
}

/** Sets the period; answers it as stored. */
export function saveRetentionSetting(setting: RetentionSetting): Promise<RetentionSetting> {
  return requestJson("PUT", RETENTION_SETTING_PATH, RetentionSettingSchema, { body: setting });
}
