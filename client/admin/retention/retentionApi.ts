/** The retention setting (`/api/beheer/bewaartermijn`) as the Beheer page uses it; beheerder only. */
import {
  RETENTION_SETTING_PATH,
  RetentionSettingViewSchema,
  type RetentionSetting,
  type RetentionSettingView,
} from "../../../shared/api/retention.js";
import { requestJson } from "../../api/http.js";

/** The period a closed case is kept, in months after its closing date, and whether it was confirmed. */
export function fetchRetentionSetting(signal?: AbortSignal): Promise<RetentionSettingView> {
  return requestJson("GET", RETENTION_SETTING_PATH, RetentionSettingViewSchema, { signal });
}

/** Sets and confirms the period; answers it as stored. */
export function saveRetentionSetting(setting: RetentionSetting): Promise<RetentionSettingView> {
  return requestJson("PUT", RETENTION_SETTING_PATH, RetentionSettingViewSchema, {
    body: setting,
  });
}
