import { NextRequest } from 'next/server';
import { forward } from '@/lib/backend-proxy';

export async function GET(request: NextRequest) {
  return forward(request, 'GET');
}

export async function DELETE(request: NextRequest) {
  return forward(request, 'DELETE', { targetPath: '/api/v1/items' });
}
