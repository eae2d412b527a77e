// The statuses are shared with the team document and the exchange format: they live in core.
export * from '../../../core/model/watch-status.ts';
