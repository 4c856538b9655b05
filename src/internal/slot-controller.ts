import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A reactive controller that re-renders its host when the children assigned to any slot of its
 * shadow root change (a CMS or a script adding or editing the light DOM after the element
 * upgraded). `changed` lets an element skip a render that would only repeat what it already read.
 * slotchange bubbles within the shadow root, so one listener hears every slot; it lives as long
 * as the shadow root, and adding the same listener again on reconnection is a no-op.
 */
export function slotController(
  host: ReactiveControllerHost & HTMLElement,
  changed: () => boolean = () => true,
): ReactiveController {
  const handleSlotChange = () => changed() && host.requestUpdate();
  const controller = {
    hostConnected: () => host.shadowRoot?.addEventListener('slotchange', handleSlotChange),
  };
  host.addController(controller);
  return controller;
}
