/**
 * WeChat subscription-message templates a resident is asked for when she files (deadline and result
 * notices). None are configured yet: the request is still made from the submit tap, so adding an id
 * here is all it takes once the templates exist in the WeChat admin console.
 */
export const RESIDENT_SUBSCRIPTION_TEMPLATE_IDS: readonly string[] = [];
