// Vite builds the React client from client/ into dist/client, which the server serves in
// production. In development (`npm run dev`) it proxies the API and the websocket to a running
// server on port 8080.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  root: "client",
  plugins: [react()],
  // "hidden": the maps are written beside the bundles for whoever runs the server to read a stack
  // trace with, but no bundle points to them and the server does not serve them.
  build: { outDir: "../dist/client", emptyOutDir: true, sourcemap: "hidden" },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8080",
      "/collab": { target: "ws://127.0.0.1:8080", ws: true },
    },
  },
});
