export { LrlabError } from "./errors";
export { miniBatches, seededRandom, shuffle } from "./random";
export { show, displayBundle, PLOTLY_MIME } from "./display/show";

export * from "./objectives";
export * from "./optimizers";
export * from "./schedules";
export * from "./runner";
export * from "./plot";
export * from "./exercises";
export * from "./datasets";
