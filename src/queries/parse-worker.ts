/// <reference lib="webworker" />
import { handleParseRequest, type ParseRequest } from './parse-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ id: number; request: ParseRequest }>) => {
  const { id, request } = event.data;
  self.postMessage({ id, response: handleParseRequest(request) });
};
