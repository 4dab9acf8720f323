export * from './request-record';
export * from './metrics';
export * from './tracing';
export * from './sql';
export * from './http';
