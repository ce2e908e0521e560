/** The retention setting (`/api/beheer/bewaartermijn`) as the Beheer page uses it; beheerder only. */
import {
  RETENTION_PREVIEW_PATH,
  RETENTION_SETTING_PATH,
  RetentionPreviewSchema,
  RetentionSettingViewSchema,
  type RetentionPreview,
  type RetentionSettingChange,
  type RetentionSettingView,
} from "../../../shared/api/retention.js";
import { requestJson } from "../../api/http.js";

/** The period a closed case is kept, in months after its closing date, and whether it was confirmed. */
export function fetchRetentionSetting(signal?: AbortSignal): Promise<RetentionSettingView> {
  return requestJson("GET", RETENTION_SETTING_PATH, RetentionSettingViewSchema, { signal });
}

/** How many closed cases `maanden` would destroy at the next daily run. */
export function fetchRetentionPreview(maanden: number): Promise<RetentionPreview> {
  const path = `${RETENTION_PREVIEW_PATH}?maanden=${maanden}`;
  return requestJson("GET", path, RetentionPreviewSchema);
}

/** Sets and confirms the period, with the destruction it confirms; answers it as stored. */
export function saveRetentionSetting(
  setting: RetentionSettingChange,
): Promise<RetentionSettingView> {
  return requestJson("PUT", RETENTION_SETTING_PATH, RetentionSettingViewSchema, {
    body: setting,
  });
}
