export async function importDocx(_bytes: Uint8Array): Promise<{ blocks: import('./model').ImportedBlock[]; text: string }> {
  throw new Error('todo');
}
