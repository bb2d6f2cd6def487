/**
 * Mantine's Select, loaded after the first paint: until then a read-only input of the same look
 * and semantics (the selected label, the chevron, `aria-haspopup="listbox"`) stands in. A click or
 * an arrow key on it opens the Select as soon as it has loaded; focus moves over.
 */
import { ComboboxChevron, InputBase, type ComboboxData, type SelectProps } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { deferred } from './deferred';

const select = deferred(() => import('./mantine-select'));
export const preloadSelect = select.preload;

const OPEN_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Enter', ' ']);

function labelOf(data: ComboboxData | undefined, value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  for (const item of data ?? []) {
    if (typeof item === 'string') {
      if (item === value) return item;
    } else if ('group' in item) {
      const found = labelOf(item.items, value);
      if (found) return found;
    } else if (item.value === value) return item.label;
  }
  return '';
}

export function DeferredSelect(props: SelectProps) {
  const standIn = useRef<HTMLInputElement>(null);
  const { module, hadFocus } = select.useLoaded(standIn);
  // A click or an opening key on the stand-in opens the Select once it is there; one that lands
  // while it arrives remounts it open.
  const [openRequests, setOpenRequests] = useState(0);
  const request = () => setOpenRequests((n) => n + 1);
  if (module) {
    return (
      <module.Select
        key={openRequests}
        {...props}
        defaultDropdownOpened={openRequests > 0 || props.defaultDropdownOpened}
        autoFocus={hadFocus || props.autoFocus}
      />
    );
  }

  const {
    data,
    value,
    defaultValue,
    size,
    error,
    chevronColor,
    // Select-only props: not for the stand-in.
    onChange: _onChange,
    allowDeselect: _allowDeselect,
    comboboxProps: _comboboxProps,
    searchable: _searchable,
    clearable: _clearable,
    nothingFoundMessage: _nothingFoundMessage,
    maxDropdownHeight: _maxDropdownHeight,
    withCheckIcon: _withCheckIcon,
    checkIconPosition: _checkIconPosition,
    renderOption: _renderOption,
    filter: _filter,
    limit: _limit,
    dropdownOpened: _dropdownOpened,
    defaultDropdownOpened: _defaultDropdownOpened,
    onDropdownOpen: _onDropdownOpen,
    onDropdownClose: _onDropdownClose,
    onOptionSubmit: _onOptionSubmit,
    onSearchChange: _onSearchChange,
    searchValue: _searchValue,
    defaultSearchValue: _defaultSearchValue,
    selectFirstOptionOnChange: _selectFirstOptionOnChange,
    withScrollArea: _withScrollArea,
    scrollAreaProps: _scrollAreaProps,
    clearButtonProps: _clearButtonProps,
    hiddenInputProps: _hiddenInputProps,
    onClear: _onClear,
    ...rest
  } = props;
  return (
    <InputBase
      {...rest}
      ref={standIn}
      size={size}
      error={error}
      value={labelOf(data, value ?? defaultValue)}
      readOnly
      pointer
      autoComplete="off"
      aria-haspopup="listbox"
      rightSection={<ComboboxChevron size={size} error={error} color={chevronColor} />}
      rightSectionPointerEvents="none"
      // On press, not only on click: a click whose press began on the stand-in is lost if the
      // Select replaces it in between.
      onPointerDown={request}
      onClick={request}
      onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
        if (OPEN_KEYS.has(e.key)) {
          e.preventDefault();
          request();
        }
      }}
    />
  );
}
