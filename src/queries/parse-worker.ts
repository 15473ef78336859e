/// <reference lib="webworker" />
import { parsePlanRequest, type PlanParseRequest } from '@/domain/plans-files';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ id: number; request: PlanParseRequest }>) => {
  const { id, request } = event.data;
  self.postMessage({ id, response: parsePlanRequest(request) });
};
