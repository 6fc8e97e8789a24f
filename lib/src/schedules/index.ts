// Public surface of the schedules module.
export type { Schedule, ScheduleContext } from "./schedule";
