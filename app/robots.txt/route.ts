import { serveRobots } from '@/lib/public/discovery-routes';

export function GET() {
  return serveRobots();
}
