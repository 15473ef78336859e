/* global importScripts, Papa */
importScripts('/papaparse.min.js');

self.onmessage = (event) => {
  Papa.parse(event.data, { complete: (result) => self.postMessage(result.data.length) });
};
