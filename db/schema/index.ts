export * from "./directory";
export * from "./users";
export * from "./audit";
export * from "./conferences";
export * from "./files";
export * from "./directives";
export * from "./indicators";
export * from "./documents";
