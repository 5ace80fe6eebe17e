export * from "./directory";
export * from "./users";
export * from "./audit";
