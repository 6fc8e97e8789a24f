// Public surface of the plot module.
export {};
