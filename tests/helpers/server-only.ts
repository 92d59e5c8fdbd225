// Stands in for the 'server-only' marker package when lib/data is imported by tests.
export {};
