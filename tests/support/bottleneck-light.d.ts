/** Bottleneck's light build (the one octokit's throttling plugin loads) has the full build's API and ships no types of its own. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
