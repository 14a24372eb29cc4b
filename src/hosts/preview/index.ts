export { createPreviewHost, PreviewHost, type PreviewHostOptions } from "./preview-host";
export { SAMPLE_IDS, SAMPLE_LEAD, SAMPLE_PENDING_SIGNER, SAMPLE_STATUS_DATE } from "./sample-project";
