import { createProtocolHandler } from './run-protocol';

// The Web Worker entry: everything it does lives in run-protocol.ts, which tests drive directly.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = createProtocolHandler((message) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<unknown>) => handler.handle(event.data);
