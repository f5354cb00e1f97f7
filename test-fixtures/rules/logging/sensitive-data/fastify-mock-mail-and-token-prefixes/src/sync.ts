import { store } from './store';

interface FeedItem {
  id: string;
  snippet: { title: string; description: string; publishedAt: string; channelTitle: string; thumbnails?: { default?: { url: string } } };
  statistics: { viewCount: string; likeCount: string };
}

async function fetchFeed(path: string, apiKey: string): Promise<{ items: FeedItem[] } | null> {
  const res = await fetch(`https://feeds.example.net${path}&key=${apiKey}`);
  return res.ok ? res.json() : null;
}

export class FeedSync {
  static async syncAll(apiKey: string): Promise<number> {
    const { data: feeds, error } = await store.from('feeds').select('*').eq('active', true);
    if (error || !feeds) return 0;
    let failed = 0;
    for (const feed of feeds) {
      try {
        failed += await FeedSync.syncFeed(feed.id, apiKey);
      } catch (err) {
        console.error('feed sync failed for', feed.id, err);
      }
    }
    return failed;
  }

  static async syncFeed(feedId: string, apiKey: string): Promise<number> {
    const { data: row, error: rowError } = await store.from('feeds').select('*').eq('id', feedId).single();
    if (rowError || !row) throw new Error(`feed ${feedId} not found`);
    const sinceDate = row.last_synced_at ?? row.start_date ?? null;
    const since = sinceDate ? `&since=${encodeURIComponent(sinceDate)}` : '';
    const feed = await fetchFeed(`/search?channel=${row.channel_id}&order=date&limit=${row.batch_size}${since}`, apiKey);
    let failed = 0;
    for (const item of feed?.items ?? []) {
      const url = `https://feeds.example.net/watch?v=${item.id}`;
      const description = item.snippet.description || '';
      const summary = description.slice(0, 500) || null;
      const metadata = {
        itemId: item.id,
        views: parseInt(item.statistics.viewCount ?? '0', 10),
        likes: parseInt(item.statistics.likeCount ?? '0', 10),
        channel: item.snippet.channelTitle,
        thumbnail: item.snippet.thumbnails?.default?.url ?? null,
      };
      const { data: saved, error: saveError } = await store
        .from('items')
        .upsert(
          {
            feed_id: feedId,
            url,
            title: item.snippet.title.trim(),
            summary,
            body: description,
            published_at: item.snippet.publishedAt,
            fetched_at: new Date().toISOString(),
            metadata,
          },
          { onConflict: 'feed_id,url', ignoreDuplicates: true },
        )
        .select('id');
      if (saveError) {
        // the error a failed write returned: what went wrong, not the feed key
        console.error('item not saved', item.id, saveError.message);
        failed++;
      } else if (!saved) {
        failed++;
      }
    }
    return failed;
  }
}
