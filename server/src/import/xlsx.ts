export async function importXlsx(_bytes: Uint8Array): Promise<{ blocks: import('./model').ImportedBlock[]; sheetTexts: string[] }> {
  throw new Error('todo');
}
