/** Entry point of the client bundle: styles, then the app mounted in #root. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { configureDutchValidation } from "../shared/api/validationMessages.js";
import { App } from "./App.js";
import { watchUserPresence } from "./api/http.js";
import { watchPresence } from "./session/userPresence.js";
import "./styles/app.css";

configureDutchValidation();
watchUserPresence(watchPresence(window));

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
