import { createApp } from './app';

createApp().listen(process.env.PORT || 4000);
