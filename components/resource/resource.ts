import { HavenResource } from './resource.component.js';

export { HavenResource };
HavenResource.define('haven-resource');

declare global {
  interface HTMLElementTagNameMap {
    'haven-resource': HavenResource;
  }
}
