/** Mantine's Select as a module of its own, so that it can load lazily (deferred-select.tsx). */
export { Select } from '@mantine/core';
