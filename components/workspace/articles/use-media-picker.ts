'use client';
import { useCallback } from 'react';
import type { PickerItem } from '@/components/editor';
import { mediaPickerAction } from '@/lib/workspace/media/actions';
import type { Locale } from '@/i18n/routing';

/** The editor's image picker source: the media library, with alt texts in the language being written. */
export function useMediaPicker(locale: Locale): (query: string) => Promise<PickerItem[]> {
  return useCallback(
    async (query: string) => {
      const result = await mediaPickerAction(locale, query);
      return result.ok ? result.data : [];
    },
    [locale],
  );
}
