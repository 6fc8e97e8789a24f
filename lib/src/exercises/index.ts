// Public surface of the exercises module.
export {};
