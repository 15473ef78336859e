/// <reference lib="webworker" />
import { handleParseRequest, newParserState, type ParseRequest } from './parse-protocol';

declare const self: DedicatedWorkerGlobalScope;

const state = newParserState();

self.onmessage = (event: MessageEvent<{ id: number; request: ParseRequest }>) => {
  const { id, request } = event.data;
  self.postMessage({ id, response: handleParseRequest(request, state) });
};
