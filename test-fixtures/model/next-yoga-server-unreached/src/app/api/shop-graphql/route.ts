import { shopYoga } from '@/lib/shop/server';

export { shopYoga as GET, shopYoga as POST };
