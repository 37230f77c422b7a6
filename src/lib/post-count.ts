/** "1 post", "2 posts": how every page and log line counts posts. */
export function postCount(count: number): string {
  return `${count} ${count === 1 ? 'post' : 'posts'}`;
}
