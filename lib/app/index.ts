// The cdk8s App for platforms with many charts: PlatformApp synthesizes in linear time.
export { PlatformApp } from './platform-app';
