export { LrlabError } from "./errors";
export { show, displayBundle, PLOTLY_MIME } from "./display/show";
export type { Figure } from "./display/show";
export * from "./objectives";
export * from "./optimizers";
export * from "./schedules";
export * from "./runner";
export * from "./plot";
export * from "./exercises";
