/* The benchmark's progress lines on the terminal (a command-line script: its output is the report, not the app's log). */
export const log = (message: string) => console.log(`[bench] ${message}`);

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
